using Microsoft.Playwright;

namespace LinkJ.Partnerships.BrowserTests.Support;

/// <summary>One Chromium for the whole run; each test opens its own contexts against its own app.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        var executable = ChromiumLocator.Find();
        try
        {
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                // The sandbox needs user namespaces that containers often lack; the network flags stop
                // Chromium calling home on a machine whose network is closed.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
        }
        catch (PlaywrightException exception)
        {
            throw new InvalidOperationException($"{ChromiumLocator.InstallAdvice} ({exception.Message})", exception);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
