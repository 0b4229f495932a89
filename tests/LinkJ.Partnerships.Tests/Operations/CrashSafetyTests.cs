using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Dom;
using LinkJ.Partnerships.Tests.Support;
using Microsoft.Data.Sqlite;

namespace LinkJ.Partnerships.Tests.Operations;

/// <summary>
/// The app runs as its own process; admins create organizations concurrently; the process is killed with
/// SIGKILL mid-stream and restarted. Every create that was answered with success must be there, with its
/// audit row, in a file that passes the integrity check (docs/decisions/002-sqlite-durability.md).
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Rounds = 3;
    private const int CreatesPerRound = 40;

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"linkj-crash-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Every_acknowledged_create_survives_a_kill_9_and_a_restart()
    {
        var acknowledged = new List<string>();
        for (var round = 1; round <= Rounds; round++)
        {
            using var app = await AppProcess.StartAsync(_database);
            AssertDurable(acknowledged);
            var admin = await SignInAsync(app);
            var form = (IHtmlFormElement)(await admin.GetPageAsync("/admin/organizations/create")).QuerySelector("main form[method=post]")!;
            var succeeded = new ConcurrentQueue<string>();
            var creates = Enumerable.Range(0, CreatesPerRound).Select(i => CreateAsync(admin, form, $"Crash round {round} number {i}", $"crash-{round}-{i}", succeeded)).ToList();

            while (succeeded.Count < CreatesPerRound / 4 && creates.Any(c => !c.IsCompleted))
            {
                await Task.Delay(5);
            }

            app.Kill();
            await Task.WhenAll(creates);
            Assert.NotEmpty(succeeded);
            acknowledged.AddRange(succeeded);
        }

        using (await AppProcess.StartAsync(_database))
        {
            AssertDurable(acknowledged);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database + suffix);
        }
    }

    private static async Task CreateAsync(HttpClient admin, IHtmlFormElement form, string name, string slug, ConcurrentQueue<string> succeeded)
    {
        try
        {
            var response = await admin.SubmitAsync(form, "/admin/organizations/create", new() { ["Input.Name"] = name, ["Input.Slug"] = slug });
            if (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.OriginalString.Contains("sign-in", StringComparison.Ordinal))
            {
                succeeded.Enqueue(name);
            }
        }
        catch (HttpRequestException)
        {
            // The process died with this request in flight: it was never acknowledged.
        }
        catch (TaskCanceledException)
        {
        }
    }

    private void AssertDurable(IReadOnlyCollection<string> acknowledged)
    {
        using var connection = new SqliteConnection($"Data Source={_database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        foreach (var name in acknowledged)
        {
            var audits = Scalar(connection, "SELECT COUNT(*) FROM AuditEntries a JOIN Organizations o ON a.EntityType = 'Organization' AND a.EntityId = CAST(o.Id AS TEXT) WHERE o.Name = $name", name);
            Assert.True(audits != "0", $"'{name}' was acknowledged but is missing, or has no audit row, after the crash");
        }

        Assert.Equal("0", Scalar(connection, "SELECT COUNT(*) FROM Organizations o WHERE NOT EXISTS (SELECT 1 FROM AuditEntries a WHERE a.EntityType = 'Organization' AND a.EntityId = CAST(o.Id AS TEXT))"));
    }

    private static string? Scalar(SqliteConnection connection, string sql, string? name = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (name is not null)
        {
            command.Parameters.AddWithValue("$name", name);
        }

        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpClient> SignInAsync(AppProcess app)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = AppProcess.AdminEmail, ["Input.Password"] = RegistryFactory.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
