#if POSTGRESQL
using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// As Operations/CrashSafetyTests, on PostgreSQL: admins create organizations concurrently, the app is killed with
/// SIGKILL mid-stream and restarted. Every create answered with success is there with its audit row, and no
/// organization is there without one (they commit in one transaction).
/// </summary>
public sealed class PostgresCrashSafetyTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Rounds = 3;
    private const int Writers = 8;
    private const int AcknowledgedBeforeKill = 30;

    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _database.DisposeAsync().AsTask();

    [Fact]
    public async Task Every_acknowledged_create_survives_a_kill_9_and_a_restart()
    {
        var acknowledged = new List<string>();
        for (var round = 1; round <= Rounds; round++)
        {
            using var app = await AppProcess.StartAsync(_database.Name);
            await AssertDurableAsync(acknowledged);
            var admin = await SignInAsync(app);
            var form = (IHtmlFormElement)(await admin.GetPageAsync("/admin/organizations/create")).QuerySelector("main form[method=post]")!;
            var succeeded = new ConcurrentQueue<string>();
            var cut = new ConcurrentQueue<string>();
            var writers = Enumerable.Range(0, Writers).Select(w => WriteUntilKilledAsync(admin, form, round, w, succeeded, cut)).ToList();

            while (succeeded.Count < AcknowledgedBeforeKill && writers.Any(c => !c.IsCompleted))
            {
                await Task.Delay(5);
            }

            app.Kill();
            await Task.WhenAll(writers);
            output.WriteLine($"Round {round}: {succeeded.Count} creates acknowledged, {cut.Count} cut short by the kill");
            Assert.NotEmpty(succeeded);
            Assert.NotEmpty(cut);
            acknowledged.AddRange(succeeded);
        }

        using (await AppProcess.StartAsync(_database.Name))
        {
            await AssertDurableAsync(acknowledged);
        }
    }

    /// <summary>Creates organizations one after another until the app dies, so the kill always lands mid-request.</summary>
    private static async Task WriteUntilKilledAsync(HttpClient admin, IHtmlFormElement form, int round, int writer, ConcurrentQueue<string> succeeded, ConcurrentQueue<string> cut)
    {
        for (var i = 0; ; i++)
        {
            var name = $"Crash round {round} writer {writer} number {i}";
            try
            {
                var response = await admin.SubmitAsync(form, "/admin/organizations/create", new() { ["Input.Name"] = name, ["Input.Slug"] = $"crash-{round}-{writer}-{i}" });
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.OriginalString.Contains("sign-in", StringComparison.Ordinal), $"create '{name}' answered {response.StatusCode}");
                succeeded.Enqueue(name);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // The process died with this request in flight: it was never acknowledged.
                cut.Enqueue(name);
                return;
            }
        }
    }

    private async Task AssertDurableAsync(IReadOnlyCollection<string> acknowledged)
    {
        await using var connection = await _database.OpenAsync();
        var present = new HashSet<string>();
        await using (var command = new NpgsqlCommand("""
            SELECT o."Name" FROM "Organizations" o
            WHERE EXISTS (SELECT 1 FROM "AuditEntries" a WHERE a."EntityType" = 'Organization' AND a."EntityId" = o."Id"::text)
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                present.Add(reader.GetString(0));
            }
        }

        foreach (var name in acknowledged)
        {
            Assert.True(present.Contains(name), $"'{name}' was acknowledged but is missing, or has no audit row, after the crash");
        }

        await using var orphans = new NpgsqlCommand("""
            SELECT COUNT(*) FROM "Organizations" o
            WHERE NOT EXISTS (SELECT 1 FROM "AuditEntries" a WHERE a."EntityType" = 'Organization' AND a."EntityId" = o."Id"::text)
            """, connection);
        Assert.Equal(0L, await orphans.ExecuteScalarAsync());
    }

    private static async Task<HttpClient> SignInAsync(AppProcess app)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = AppProcess.AdminEmail, ["Input.Password"] = RegistryFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
#endif
