using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SkillGap.Web.Tests.Fuzz;

/// <summary>A request body that stops arriving is cut off by the minimum data rate, and the service goes on answering.</summary>
public sealed class StalledBodyTests
{
    [Fact]
    public async Task AnUploadWhoseBodyStallsIsCutOffAndTheServiceStillAnswers()
    {
        using var server = new ServerProcess(new Dictionary<string, string> { ["Uploads__SlowBodyGracePeriod"] = "00:00:02" });
        using var client = new TcpClient();
        await client.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        var stream = client.GetStream();
        var head = "POST /api/v1/analyses HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=stall\r\n"
                   + "Content-Length: 100000\r\n\r\n--stall\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.7\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        // Then nothing more: the server must give up on the body by itself, well before this test's own limit.
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[4096];
        var answer = new StringBuilder();
        int read;
        while ((read = await stream.ReadAsync(buffer, limit.Token)) > 0)
        {
            answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        // Kestrel closes the connection; if it still answers, the answer is a 408 or 400, never a 5xx.
        Assert.DoesNotMatch(@"^HTTP/1\.1 5", answer.ToString());
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);
        Assert.False(server.HasExited, server.Errors);
    }
}
