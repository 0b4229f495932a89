using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>
/// The real app over HTTP, on its own fresh database (<see cref="TestDatabase"/>), migrated and seeded exactly as in production.
/// Today is fixed at <see cref="DefaultToday"/> (Tokyo) unless a test moves <see cref="Clock"/>.
/// </summary>
public class RegistryFactory : WebApplicationFactory<Program>
{
    public static readonly DateOnly DefaultToday = new(2026, 11, 24);
    public const string Password = "correct horse battery staple";

    static RegistryFactory()
    {
        // Each test host would otherwise watch its files with inotify; a full run opens hundreds of hosts and
        // exhausts the per-user limit (128 here), failing random tests with an IOException.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    public RegistryFactory()
        : this(TestDatabase.NewDatabase())
    {
    }

    /// <summary>Uses a given database (an existing one, to test what a second start does). Dispose leaves it in place only if <see cref="KeepDatabase"/>.</summary>
    public RegistryFactory(string database)
    {
        Database = database;
        Clock.SetToday(DefaultToday);
    }

    /// <summary>The SQLite file's path, or the PostgreSQL database's name.</summary>
    public string Database { get; }

    public bool KeepDatabase { get; set; }

    public FixedTimeProvider Clock { get; } = new(DateTimeOffset.UnixEpoch);

    /// <summary>Everything the app logged.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The host environment; "Production" tests what a real deployment does (use an https address there).</summary>
    public string EnvironmentName { get; set; } = "Testing";

    /// <summary>Extra configuration for a test, applied before the host starts.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        // Outside Development the app knows its static files only from the build manifest, whose compressed
        // copies (served to any browser that accepts gzip) live under obj/; without this they come back empty.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", TestDatabase.Provider);
        builder.UseSetting("ConnectionStrings:Partnerships", TestDatabase.ConnectionString(Database));
        // Statement counts and logs stay each test's own; DirectoryWarmupTests turns it back on.
        builder.UseSetting("Directory:WarmOnStart", "false");
        // The reminder schedule runs only where a test turns it on (ScheduleTests).
        builder.UseSetting("Reminders:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
        });
    }

    /// <summary>Runs <paramref name="work"/> against the app's own database, in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<RegistryDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<RegistryDbContext>());
    }

    public Task WithDbAsync(Func<RegistryDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    /// <summary>Creates an account directly through Identity and returns its email.</summary>
    public async Task<string> CreateUserAsync(string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return email;
    }

    /// <summary>A client that does not follow redirects, so tests can assert them.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real sign-in form, as a new account of <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAsync(string role)
    {
        var email = await CreateUserAsync(role);
        var client = CreateBrowser();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        finally
        {
            // Also when the host fails to stop, so a failing test leaves no database behind.
            if (KeepDatabase)
            {
                TestDatabase.ReleaseConnections();
            }
            else
            {
                TestDatabase.Drop(Database);
            }
        }
    }
}
