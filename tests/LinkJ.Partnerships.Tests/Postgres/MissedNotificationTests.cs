#if POSTGRESQL
using System.Diagnostics;
using Xunit.Abstractions;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// A notification sent while an instance's listening connection is down never reaches it; after reconnecting, the
/// instance drops its caches once, so a write it missed costs a re-read, never a stale page.
/// </summary>
public sealed class MissedNotificationTests(ITestOutputHelper output) : InstancePair
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_write_made_while_the_listener_was_down_shows_after_it_reconnects()
    {
        Start();
        var visitor = B.CreateBrowser();
        // A first write, so the one under test is quick enough to land inside B's one-second wait before reconnecting.
        await A.AddEndingSoonAgreementAsync("Warm-up agreement", "Aaa Warm-up Lab");
        await WaitUntilShownAsync(visitor, "Aaa Warm-up Lab", Deadline);
        await visitor.GetAsync("/partners");
        Assert.True((await visitor.GetAsync("/partners")).Headers.Contains("Age"), "B's directory should come from its output cache");
        var pid = await ListenerAsync(B) ?? throw new InvalidOperationException("B is not listening");

        Assert.True(await Database.ScalarAsync<bool>("SELECT pg_terminate_backend(@pid)", ("pid", pid)));
        var gone = Stopwatch.StartNew();
        while (await ListenerAsync(B) is not null)
        {
            Assert.True(gone.Elapsed < Deadline, "B's listening connection did not go away");
            await Task.Delay(5);
        }

        await A.AddEndingSoonAgreementAsync("Written while B was deaf", "Aardvark Missed Lab");
        Assert.True(await ListenerAsync(B) is null, "B was listening again before A's write committed, so it could have been notified; this run proves nothing");
        var written = Stopwatch.StartNew();

        var seen = await WaitUntilShownAsync(visitor, "Aardvark Missed Lab", Deadline);

        output.WriteLine($"B showed the missed write {seen.TotalMilliseconds:0} ms after A's commit (B retries the listener after 1 s)");
        Assert.Equal(1, B.Notifications.Reconnections);
        Assert.Contains(B.Logs.Lines, l => l.Contains("Listening for registry changes again", StringComparison.Ordinal));
    }

    /// <summary>The backend of <paramref name="instance"/>'s listening connection, if it has one.</summary>
    private async Task<int?> ListenerAsync(PostgresInstance instance)
    {
        var pid = await Database.ScalarAsync<object>(
            "SELECT COALESCE((SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name AND query LIKE 'LISTEN%' LIMIT 1), 0)",
            ("name", instance.ApplicationName));
        return pid is int p && p != 0 ? p : null;
    }

    private static async Task<TimeSpan> WaitUntilShownAsync(HttpClient visitor, string text, TimeSpan deadline)
    {
        var watch = Stopwatch.StartNew();
        while (!(await (await visitor.GetAsync("/partners")).Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal))
        {
            Assert.True(watch.Elapsed < deadline, $"B did not show \"{text}\" within {deadline.TotalSeconds} s");
            await Task.Delay(20);
        }

        return watch.Elapsed;
    }
}
#endif
