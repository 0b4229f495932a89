using System.Net;
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.Sqlite;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Admin;

/// <summary>How a create reaches the disk: one transaction (so one commit to sync), and writers that take turns.</summary>
public sealed class OrganizationWriteTests : IDisposable
{
    private readonly RegistryFactory _factory = new()
    {
        Settings = { ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Database.Transaction"] = "Debug" },
    };

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Creating_an_organization_commits_one_transaction_holding_the_row_and_its_audit_entry()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var before = Transactions().Count;

        var response = await admin.PostFormAsync("/admin/organizations/create", new() { ["Input.Name"] = "One Commit Institute", ["Input.Kind"] = "Company" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["Began", "Committed"], Transactions().Skip(before).Select(m => m.Split(' ')[0]));
        var id = await _factory.WithDbAsync(db => db.Organizations.Where(o => o.Slug == "one-commit-institute").Select(o => o.Id).SingleAsync());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Organization" && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task Concurrent_creates_all_succeed_each_with_its_audit_entry()
    {
        var admin = await _factory.SignedInAsync(Roles.Admin);
        var form = await admin.GetPageAsync("/admin/organizations/create");
        var token = form.AntiforgeryToken();

        var responses = await Task.WhenAll(Enumerable.Range(1, 24).Select(i => admin.PostAsync("/admin/organizations/create", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.Name"] = $"Concurrent Lab {i}", ["Input.Kind"] = "Company", ["__RequestVerificationToken"] = token }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(24, await _factory.WithDbAsync(db => db.Organizations.CountAsync(o => o.Name.StartsWith("Concurrent Lab "))));
        Assert.Equal(24, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Organization" && a.Changes.Contains("Concurrent Lab "))));
    }

    [Fact]
    public async Task A_writer_waits_for_the_one_before_it_and_goes_as_soon_as_that_one_is_done()
    {
        var queue = new WriterQueue();
        var first = await queue.EnterAsync(CancellationToken.None);

        // Another request: a flow that does not hold the turn.
        Task<IDisposable?> second;
        using (ExecutionContext.SuppressFlow())
        {
            second = Task.Run(() => queue.EnterAsync(CancellationToken.None));
        }

        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first!.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5)))!.Dispose();
    }

    [Fact]
    public async Task A_change_listener_that_saves_while_the_create_holds_the_writer_turn_does_not_wait_for_it()
    {
        using var factory = new ListeningRegistry();
        var admin = await factory.SignedInAsync(Roles.Admin);
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Listener"));

        var response = await admin.PostFormAsync("/admin/organizations/create", new() { ["Input.Name"] = "Listened Institute", ["Input.Kind"] = "Company" })
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "Listener")));
    }

    /// <summary>EF's own messages about transactions begun, committed or rolled back, in order.</summary>
    private List<string> Transactions() => _factory.Logs.Events
        .Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString() == "\"Microsoft.EntityFrameworkCore.Database.Transaction\"")
        .Select(e => e.RenderMessage())
        .Where(m => m.StartsWith("Began", StringComparison.Ordinal) || m.StartsWith("Committed", StringComparison.Ordinal) || m.StartsWith("Rolled", StringComparison.Ordinal))
        .ToList();

    /// <summary>The app with one more change listener, which writes a row of its own each time the registry changes.</summary>
    private sealed class ListeningRegistry : RegistryFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IRegistryChangeListener, SavingListener>());
        }
    }

    private sealed class SavingListener(IServiceScopeFactory scopes) : IRegistryChangeListener
    {
        public async ValueTask RegistryChangedAsync(CancellationToken cancellationToken)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
            db.AuditEntries.Add(new AuditEntry(DateTime.UtcNow, null, "listener", AuditAction.Created, "Listener", "1", null, "[]"));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
