using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LinkJ.Partnerships.BrowserTests.Support;

/// <summary>
/// Base for scenarios: a fresh app per test, contexts on the shared browser, sign-in as a person would,
/// and on failure a screenshot and the page's HTML under tests/LinkJ.Partnerships.BrowserTests/failures/.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture browser) : IAsyncLifetime
{
    public const int DesktopWidth = 1280;
    public const int PhoneWidth = 390;

    private readonly List<IBrowserContext> _contexts = [];

    protected LiveRegistry App { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        App.Dispose();
    }

    protected async Task<IPage> NewPageAsync(int width = DesktopWidth, int height = 900)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the real form as a new account of <paramref name="role"/>.</summary>
    protected async Task<IPage> SignedInPageAsync(string role, int width = DesktopWidth, string? email = null)
    {
        email = await App.CreateUserAsync(role, email);
        var page = await NewPageAsync(width);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(LinkJ.Partnerships.Tests.Support.RegistryFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Runs a scenario; if it fails, keeps a screenshot and the HTML of every open page.</summary>
    protected async Task ScenarioAsync(string name, Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch
        {
            var folder = Path.Combine(ProjectDirectory(), "failures", name);
            Directory.CreateDirectory(folder);
            var index = 0;
            foreach (var page in _contexts.SelectMany(c => c.Pages))
            {
                index++;
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"page{index}.png"), FullPage = true });
                await File.WriteAllTextAsync(Path.Combine(folder, $"page{index}.html"), await page.ContentAsync());
            }

            throw;
        }
    }

    /// <summary>Runs axe on the page and fails on any serious or critical violation.</summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"{page.Url}: " + string.Join("; ", bad.Select(Describe)));
    }

    protected static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(ProjectDirectory(), "..", "..", "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    protected static string ProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LinkJ.Partnerships.BrowserTests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";
}
