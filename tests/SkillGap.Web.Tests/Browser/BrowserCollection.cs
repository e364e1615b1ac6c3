namespace SkillGap.Web.Tests.Browser;

/// <summary>The browser test runs alone, not beside the other Web test classes, so Chromium gets a core.</summary>
[CollectionDefinition(nameof(UploadInBrowserTests), DisableParallelization = true)]
public sealed class BrowserCollection;
