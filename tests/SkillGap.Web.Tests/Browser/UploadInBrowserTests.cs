using Microsoft.Playwright;

namespace SkillGap.Web.Tests.Browser;

/// <summary>One person's path through the real pages in a real browser: upload a resume, read the analysis.</summary>
[Collection(nameof(UploadInBrowserTests))]
public class UploadInBrowserTests
{
    // On two cores shared with the other test assemblies a cold host (JIT, Razor, catalog, model) can take
    // longer than Playwright's 30 s default for its first page; the waits are for events, not fixed sleeps.
    private const float PageTimeoutMs = 120_000;

    [Fact]
    public async Task APersonUploadsADocxThroughTheFormAndReadsTheirAnalysis()
    {
        using var host = new KestrelHost();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        page.SetDefaultTimeout(PageTimeoutMs);
        page.SetDefaultNavigationTimeout(PageTimeoutMs);

        await page.GotoAsync("/");
        // The file input is reachable by its label, which is what a screen reader announces.
        var fileInput = page.GetByLabel("Resume file (PDF or DOCX");
        Assert.Equal("file", await fileInput.GetAttributeAsync("id"));
        Assert.Equal("file", await fileInput.GetAttributeAsync("type"));
        Assert.Equal(1, await page.Locator("label[for=file]").CountAsync());

        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "skillgap-upload.png"), FullPage = true });
        await fileInput.SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "network-engineer-to-infra.docx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Analyze" }).ClickAsync();
        await page.WaitForURLAsync("**/analyses/*");

        var bestFit = await page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Best fit" }).InnerTextAsync();
        Assert.StartsWith("Best fit: Infrastructure Engineer", bestFit, StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("svg.bars rect.bar").CountAsync());
        Assert.Equal(1, await page.Locator("svg.bars rect.bar.best").CountAsync());
        var evidence = string.Join("\n", await page.Locator("ul.evidence li").AllInnerTextsAsync());
        Assert.Contains("BGP and OSPF", evidence, StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Gaps, most important first" }).IsVisibleAsync());
        Assert.True(await page.Locator("ul.gaps li").CountAsync() > 0);

        var screenshot = Path.Combine(Path.GetTempPath(), "skillgap-analysis.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        await page.GetByRole(AriaRole.Link, new() { Name = "See what we read from your file" }).ClickAsync();
        await page.WaitForURLAsync("**/text");
        Assert.Contains("Designed BGP and OSPF routing", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }
}
