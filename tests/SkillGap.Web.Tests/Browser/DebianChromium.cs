using Microsoft.Playwright;

namespace SkillGap.Web.Tests.Browser;

/// <summary>
/// Playwright cannot download its own browsers on the project's machines, so the tests drive Debian's Chromium.
/// </summary>
public static class DebianChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // A missing browser is a broken machine, not a reason to pass: fail and say how to fix it.
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail($"The browser tests need Debian's Chromium at {ExecutablePath}. Install it with "
                + "`apt-get install chromium` (.ci/run does this when it is missing).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
