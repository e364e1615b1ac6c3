using System.Net.Http.Headers;

namespace SkillGap.Web.Tests.Support;

public static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static MultipartFormDataContent Upload(byte[] bytes, string fileName = "resume.docx", string? targetRole = null, string field = "file")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        if (targetRole is not null)
        {
            form.Add(new StringContent(targetRole), "targetRole");
        }

        return form;
    }
}
