using System.Text;
using SkillGap.Testing;

namespace SkillGap.Web.Tests.Fuzz;

/// <summary>Seeded cases: mutated uploads, broken multipart bodies, bad headers and framing, odd methods and routes.</summary>
public sealed class HttpFuzzCases(Random random, IReadOnlyList<(string Name, byte[] Data)> seeds)
{
    public static readonly string[] Kinds = ["mutated-upload", "broken-multipart", "bad-headers", "routes"];

    private const string Api = "/api/v1/analyses";

    private static readonly string[] s_methods = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "FOO"];

    private static readonly string[] s_routes =
    [
        "/", "/analyses/{id}", "/analyses/{id}?handler=delete", "/api/v1/analyses", "/api/v1/analyses/{id}", "/api/v1/analyses/{id}/text",
        "/api/v1/roles", "/api/v1/roles/{id}", "/api/v1/skills", "/api/v1/certifications", "/health", "/openapi/v1.json", "/error",
        "/error?status=500", "/nope", "/api/v1/nope/{id}", "/site.css", "/analyses/", "/api/v1/analyses//text",
    ];

    private static readonly string[] s_ids =
    [
        "AAAAAAAAAAAAAAAAAAAAAA", "not-an-id", "%00", "..%2F..%2Fetc%2Fpasswd", "%E2%98%83", "' OR 1=1 --", "devops-engineer",
        new string('A', 3000), "%ZZ", "a%20b", "-", "0",
    ];

    /// <summary>A 3 KB Word file whose body nests 20,000 content controls: it overflowed the DOCX library's stack and ended the process.</summary>
    public static byte[] DeepNestingDocx() =>
        MinimalDocx.WithBody(MinimalDocx.Nested("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 20_000, MinimalDocx.Paragraph("Kubernetes")));

    public HttpFuzzCase Next(int index, string knownId)
    {
        var kind = Kinds[index % Kinds.Length];
        return kind switch
        {
            "mutated-upload" => MutatedUpload(index),
            "broken-multipart" => BrokenMultipart(index),
            "bad-headers" => BadHeaders(index),
            _ => Route(index, knownId),
        };
    }

    private (string Name, byte[] Data) Seed() => seeds[random.Next(seeds.Count)];

    private static string Boundary(Random random) => "----fuzz" + random.Next(1_000_000, 9_999_999);

    private static (string, string)[] FormHeaders(string boundary) => [("Content-Type", $"multipart/form-data; boundary={boundary}")];

    private HttpFuzzCase MutatedUpload(int index)
    {
        var (name, data) = Seed();
        var file = (byte[])data.Clone();
        var how = random.Next(4);
        switch (how)
        {
            case 0:
                for (var i = random.Next(1, 40); i > 0; i--)
                {
                    file[random.Next(file.Length)] ^= (byte)(1 << random.Next(8));
                }

                break;
            case 1:
                file = file[..random.Next(1, file.Length)];
                break;
            case 2:
                var from = random.Next(file.Length);
                file = [.. file[..from], .. file[Math.Min(file.Length, from + random.Next(1, 5000))..]];
                break;
            default:
                // Overwrite a run with one repeated byte: breaks compressed streams and tables alike.
                var at = random.Next(file.Length);
                file.AsSpan(at, Math.Min(file.Length - at, random.Next(1, 512))).Fill((byte)random.Next(256));
                break;
        }

        var boundary = Boundary(random);
        var role = random.Next(4) == 0 ? (random.Next(2) == 0 ? "devops-engineer" : "astronaut") : null;
        var body = RawRequest.Multipart(boundary, file, random.Next(2) == 0 ? "resume.pdf" : "resume.docx", role);
        return new HttpFuzzCase($"case {index}: mutated-upload ({how}) of {name}", RawRequest.Build("POST", Api, FormHeaders(boundary), body));
    }

    private HttpFuzzCase BrokenMultipart(int index)
    {
        var (name, data) = Seed();
        var boundary = Boundary(random);
        var target = random.Next(4) == 0 ? "/" : Api;
        var how = random.Next(11);
        var headers = FormHeaders(boundary);
        byte[] body = how switch
        {
            0 => Truncate(RawRequest.Multipart(boundary, data)),
            1 => RawRequest.Multipart(boundary + "x", data),
            2 => RawRequest.Multipart(boundary, data, fileName: new string('n', random.Next(300, 40_000)) + ".pdf"),
            3 => RawRequest.Multipart(boundary, data, extraPartHeader: $"X-Filler: {new string('h', random.Next(17_000, 60_000))}\r\n"),
            4 => RawRequest.Multipart(boundary, data, extraPartHeader: string.Concat(Enumerable.Range(0, random.Next(20, 200)).Select(i => $"X-H{i}: v\r\n"))),
            5 => [.. RawRequest.Multipart(boundary, data).SkipLast(boundary.Length + 6)],
            6 => Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(RawRequest.Multipart(boundary, data)).Replace("\r\n", "\n", StringComparison.Ordinal)),
            7 => [.. Encoding.UTF8.GetBytes(new string('g', random.Next(1, 100_000))), .. RawRequest.Multipart(boundary, data)],
            8 => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(100, 2000)).Select(i => $"--{boundary}\r\nContent-Disposition: form-data; name=\"f{i}\"\r\n\r\nv\r\n")) + $"--{boundary}--\r\n"),
            9 => RawRequest.Multipart(boundary, data, field: "file\"; filename*=UTF-8''%FF%FE"),
            _ => Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: {new string(';', random.Next(1, 3000))}\r\n\r\nx\r\n--{boundary}--\r\n"),
        };
        if (how == 1 && random.Next(2) == 0)
        {
            headers = [("Content-Type", random.Next(2) == 0 ? "multipart/form-data" : $"multipart/form-data; boundary={new string('b', random.Next(71, 300))}")];
        }

        return new HttpFuzzCase($"case {index}: broken-multipart ({how}) of {name} to {target}", RawRequest.Build("POST", target, headers, body));
    }

    private byte[] Truncate(byte[] body) => body[..random.Next(1, body.Length)];

    private HttpFuzzCase BadHeaders(int index)
    {
        var (name, data) = Seed();
        var boundary = Boundary(random);
        var body = RawRequest.Multipart(boundary, data);
        var how = random.Next(8);
        var label = $"case {index}: bad-headers ({how}) of {name}";
        return how switch
        {
            0 => new(label, RawRequest.Build("POST", Api, [.. FormHeaders(boundary), ("Content-Length", (body.Length - random.Next(1, body.Length)).ToString(System.Globalization.CultureInfo.InvariantCulture))], body, contentLength: false)),
            1 => new(label, RawRequest.Build("POST", Api, [.. FormHeaders(boundary), ("Content-Length", (body.Length + random.Next(1, 100_000)).ToString(System.Globalization.CultureInfo.InvariantCulture))], body, contentLength: false), ClientLeaves: true),
            2 => new(label, RawRequest.Build("POST", Api, [.. FormHeaders(boundary), ("Transfer-Encoding", "chunked")], RawRequest.Chunked(body, random, breakIt: false), contentLength: false)),
            3 => new(label, RawRequest.Build("POST", Api, [.. FormHeaders(boundary), ("Transfer-Encoding", "chunked")], RawRequest.Chunked(body, random, breakIt: true), contentLength: false), ClientLeaves: true),
            4 => new(label, RawRequest.Build("POST", Api, [.. FormHeaders(boundary), ("X-Big", new string('x', random.Next(33_000, 70_000)))], body), ServerMayAnswerAlone: true),
            5 => ContentType(label, body),
            6 => new(label, RawRequest.Build("POST", Api, [("Content-Type", "application/x-www-form-urlencoded")], Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(2000, 6000)).Select(i => $"k{i}=v&"))))),
            _ => new(label, RawRequest.Build("POST", Api, [.. FormHeaders(boundary), ("Content-Length", Pick("-1", "abc", "99999999999999999999", "1, 2"))], body, contentLength: false), ServerMayAnswerAlone: true),
        };
    }

    private HttpFuzzCase ContentType(string label, byte[] body)
    {
        var value = Pick("text/plain", "multipart/mixed; boundary=x", "multipart/form-data; boundary=", "application/x-www-form-urlencoded",
            "\u00ff\u00fe", "multipart/form-data; boundary=\"unterminated");

        // Kestrel refuses a header value outside ASCII before the application sees the request.
        return new(label, RawRequest.Build("POST", Api, [("Content-Type", value)], body), ServerMayAnswerAlone: value.Any(c => c > 127));
    }

    private HttpFuzzCase Route(int index, string knownId)
    {
        var method = s_methods[random.Next(s_methods.Length)];
        var id = random.Next(5) == 0 ? knownId : s_ids[random.Next(s_ids.Length)];
        var path = s_routes[random.Next(s_routes.Length)].Replace("{id}", id, StringComparison.Ordinal);

        // Deleting the known analysis would make the lost-data check meaningless.
        if (method == "DELETE" && id == knownId || path.Contains("handler=delete", StringComparison.Ordinal) && id == knownId)
        {
            id = "AAAAAAAAAAAAAAAAAAAAAA";
            path = path.Replace(knownId, id, StringComparison.Ordinal);
        }

        var body = method is "POST" or "PUT" or "PATCH" && random.Next(2) == 0 ? Encoding.UTF8.GetBytes("{\"file\": 1}") : [];
        (string, string)[] headers = body.Length > 0 ? [("Content-Type", Pick("application/json", "text/plain", "multipart/form-data"))] : [];
        // Kestrel refuses a request line with spaces or an encoded NUL in its target, and a very long one, on its own.
        var framing = path.Length > 8000 || path.Contains(' ', StringComparison.Ordinal) || path.Contains("%00", StringComparison.Ordinal);
        return new HttpFuzzCase($"case {index}: {method} {(path.Length > 80 ? path[..80] + "…" : path)}", RawRequest.Build(method, path, headers, body),
            ServerMayAnswerAlone: framing, IsHead: method == "HEAD");
    }

    private string Pick(params string[] values) => values[random.Next(values.Length)];
}
