namespace SkillGap.Pdf.Tests.Fonts;

internal static class FontFixtures
{
    public static byte[] Read(string fileName) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Fonts", fileName));

    public static byte[] TrueType => Read("DejaVuSansMono-Oblique.ttf");

    public static byte[] OpenTypeCff => Read("texgyrecursor-regular.otf");
}
