using System.Text;

namespace SkillGap.Web.Tests.Fuzz;

/// <param name="ClientLeaves">
/// The request promises more body than it sends, so the client half-closes its side after sending; Kestrel then treats
/// the request as aborted and may close without an answer. Such a case only checks that the service survives.
/// </param>
/// <param name="ServerMayAnswerAlone">
/// Framing Kestrel rejects before the application sees the request (a header block over its limit, a broken request
/// line): an empty 4xx is Kestrel's answer and allowed. Everything else must come back with a detail.
/// </param>
public sealed record HttpFuzzCase(string Label, byte[] Request, bool ServerMayAnswerAlone = false, bool IsHead = false, bool ClientLeaves = false);

/// <summary>Builds raw HTTP/1.1 requests, one connection each.</summary>
public static class RawRequest
{
    public static byte[] Build(string method, string target, IEnumerable<(string Name, string Value)> headers, byte[] body, bool contentLength = true)
    {
        var head = new StringBuilder();
        head.Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (contentLength && (body.Length > 0 || method is "POST" or "PUT" or "PATCH"))
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.Latin1.GetBytes(head.ToString()), .. body];
    }

    /// <summary>A multipart/form-data body with one file part (and an optional role field).</summary>
    public static byte[] Multipart(string boundary, byte[] file, string fileName = "resume.docx", string? targetRole = null, string field = "file", string extraPartHeader = "")
    {
        var body = new MemoryStream();
        void Write(string s) => body.Write(Encoding.UTF8.GetBytes(s));
        if (targetRole is not null)
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"targetRole\"\r\n\r\n{targetRole}\r\n");
        }

        Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n{extraPartHeader}\r\n");
        body.Write(file);
        Write($"\r\n--{boundary}--\r\n");
        return body.ToArray();
    }

    public static byte[] Chunked(byte[] body, Random random, bool breakIt)
    {
        var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.Latin1.GetBytes(s));
        var at = 0;
        while (at < body.Length)
        {
            var size = Math.Min(body.Length - at, random.Next(1, 4096));
            Write(breakIt && random.Next(4) == 0 ? $"{random.Next():x}zz\r\n" : $"{size:x}\r\n");
            output.Write(body, at, size);
            Write("\r\n");
            at += size;
        }

        if (!breakIt || random.Next(2) == 0)
        {
            Write("0\r\n\r\n");
        }

        return output.ToArray();
    }
}
