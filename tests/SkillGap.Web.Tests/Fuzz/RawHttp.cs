using System.Net.Sockets;
using System.Text;

namespace SkillGap.Web.Tests.Fuzz;

/// <summary>A response as it came off the socket, or the lack of one.</summary>
public sealed record RawResponse(int Status, string ContentType, string Body, TimeSpan Elapsed)
{
    public static RawResponse None(TimeSpan elapsed) => new(0, "", "", elapsed);
}

/// <summary>
/// Sends exactly the bytes given (malformed framing included) on a fresh connection and reads the answer until the server
/// closes it (every request says "Connection: close"); HttpClient would refuse to send most of what the fuzz test needs to.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, byte[] request, TimeSpan timeout, bool halfClose = false)
    {
        var started = Environment.TickCount64;
        using var client = new TcpClient();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await client.ConnectAsync(server.Host, server.Port, cancel.Token);
            var stream = client.GetStream();
            try
            {
                await stream.WriteAsync(request, cancel.Token);
                if (halfClose)
                {
                    client.Client.Shutdown(SocketShutdown.Send);
                }
            }
            catch (IOException)
            {
                // The server may answer and close before reading everything (a 413 or 431): read what it said.
            }

            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancel.Token)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }

            return Parse(buffer.ToArray(), Elapsed(started));
        }
        catch (OperationCanceledException)
        {
            return RawResponse.None(Elapsed(started));
        }
        catch (IOException) when (!cancel.IsCancellationRequested)
        {
            return RawResponse.None(Elapsed(started));
        }
        catch (SocketException)
        {
            return RawResponse.None(Elapsed(started));
        }
    }

    private static TimeSpan Elapsed(long started) => TimeSpan.FromMilliseconds(Environment.TickCount64 - started);

    private static RawResponse Parse(byte[] bytes, TimeSpan elapsed)
    {
        var headerEnd = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = headerEnd < 0 ? "" : Encoding.Latin1.GetString(bytes, 0, headerEnd);
        if (!head.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || !int.TryParse(head.AsSpan(9, 3), out var status))
        {
            return RawResponse.None(elapsed);
        }

        var headers = head.Split("\r\n").Skip(1)
            .Select(h => h.Split(':', 2))
            .Where(h => h.Length == 2)
            .ToLookup(h => h[0].Trim().ToLowerInvariant(), h => h[1].Trim());
        var body = bytes.AsSpan(headerEnd + 4);
        var text = headers["transfer-encoding"].Any(v => v.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            ? Encoding.UTF8.GetString(Dechunk(body))
            : Encoding.UTF8.GetString(body);
        return new RawResponse(status, headers["content-type"].FirstOrDefault() ?? "", text, elapsed);
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        var result = new MemoryStream();
        while (body.Length > 0)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            if (lineEnd < 0 || !int.TryParse(Encoding.Latin1.GetString(body[..lineEnd]).Trim(), System.Globalization.NumberStyles.HexNumber, null, out var size) || size == 0)
            {
                break;
            }

            var length = Math.Min(size, body.Length - lineEnd - 2);
            result.Write(body.Slice(lineEnd + 2, length));
            body = body[Math.Min(body.Length, lineEnd + 2 + length + 2)..];
        }

        return result.ToArray();
    }
}
