using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure.Security;

namespace LinkJ.Partnerships.Tests.Security.HostileInput;

/// <summary>One app for the hostile suite, an Admin signed in, and the site as the Admin can reach it.</summary>
public sealed class HostileRegistry : IAsyncLifetime
{
    public RegistryFactory Factory { get; } = new();

    public HttpClient Admin { get; private set; } = null!;

    public SiteCrawler Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The suite posts the sign-in form hundreds of times; the rate limit has its own test.
        Factory.Settings["SignInRateLimit:PermitsPerWindow"] = "1000000";
        // Thousands of requests: only warnings and errors reach the console (the capture still sees them).
        Factory.Settings["Serilog:MinimumLevel:Default"] = "Warning";
        Admin = await Factory.SignedInAsync(Roles.Admin);
        Site = new SiteCrawler(Admin, EndpointCatalog.All(Factory));
        await Site.CrawlAsync("/", "/account/sign-in", "/staff", "/admin");
    }

    /// <summary>The newest audit row: every change the app saves writes one, so an unchanged id means nothing was saved.</summary>
    public long LastAuditId()
    {
        using var connection = TestDatabase.OpenReadOnly(Factory.Database);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"AuditEntries\"";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
