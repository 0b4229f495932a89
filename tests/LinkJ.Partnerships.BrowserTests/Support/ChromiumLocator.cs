namespace LinkJ.Partnerships.BrowserTests.Support;

/// <summary>
/// Finds the browser: LINKJ_CHROMIUM names an executable; otherwise a Chromium on the PATH (Debian's
/// `chromium` package); otherwise null, which lets Playwright use its own installed browser.
/// </summary>
public static class ChromiumLocator
{
    public const string Variable = "LINKJ_CHROMIUM";

    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{Variable} is set to '{configured}', which does not exist.");
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => Candidates.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }

    public const string InstallAdvice =
        "No Chromium was found for the browser tests. Install one (Debian: `apt-get install chromium`), " +
        $"or set {Variable} to a Chromium executable, or install Playwright's browser (`pwsh bin/Debug/net10.0/playwright.ps1 install chromium`).";
}
