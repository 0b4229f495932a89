using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace LinkJ.Partnerships.Tests.Operations;

/// <summary>Two app instances on one database, both scheduling the same work: exactly one does it.</summary>
public sealed class ExclusiveWorkTests
{
    [Fact]
    public async Task Two_instances_that_start_the_same_work_at_once_do_it_once()
    {
        var database = TestDatabase.NewDatabase("exclusive");
        using var first = new RegistryFactory(database) { KeepDatabase = true };
        first.CreateClient();
        using var second = new RegistryFactory(database);
        second.CreateClient();
        var done = 0;
        async Task Work(CancellationToken _)
        {
            Interlocked.Increment(ref done);
            await Task.Delay(200);
        }

        for (var round = 0; round < 5; round++)
        {
            var key = $"digest:daily:2026-12-0{round + 1}";
            var ran = await Task.WhenAll(
                first.Services.GetRequiredService<ExclusiveWork>().RunOnceAsync(key, Work, CancellationToken.None),
                second.Services.GetRequiredService<ExclusiveWork>().RunOnceAsync(key, Work, CancellationToken.None));

            Assert.Single(ran, r => r);
        }

        Assert.Equal(5, done);
        // A later attempt of work already done (an instance that started late) does nothing either.
        Assert.False(await second.Services.GetRequiredService<ExclusiveWork>().RunOnceAsync("digest:daily:2026-12-01", Work, CancellationToken.None));
        Assert.Equal(5, done);
        // A claim that another instance holds is an everyday answer, not a failed statement in the error log.
        Assert.DoesNotContain(first.Logs.Events.Concat(second.Logs.Events), e => e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task Work_that_fails_gives_its_claim_back_so_a_later_attempt_runs_it()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        var work = factory.Services.GetRequiredService<ExclusiveWork>();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            work.RunOnceAsync("digest:weekly:2026-W50", _ => throw new InvalidOperationException("mail server down"), CancellationToken.None));
        var ranAgain = await work.RunOnceAsync("digest:weekly:2026-W50", _ => Task.CompletedTask, CancellationToken.None);

        Assert.True(ranAgain);
        var claim = await factory.WithDbAsync(db => db.WorkClaims.AsNoTracking().SingleAsync());
        Assert.NotNull(claim.CompletedAt);
    }

    [Fact]
    public async Task A_claim_left_unfinished_past_its_lease_is_taken_over()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            db.WorkClaims.Add(new WorkClaim { Key = "digest:daily:2026-11-24", ClaimedBy = "crashed-host/123", ClaimedAt = now.AddHours(-1) });
            db.WorkClaims.Add(new WorkClaim { Key = "digest:daily:2026-11-25", ClaimedBy = "busy-host/456", ClaimedAt = now.AddMinutes(-1) });
            await db.SaveChangesAsync();
        });
        var work = factory.Services.GetRequiredService<ExclusiveWork>();

        Assert.True(await work.RunOnceAsync("digest:daily:2026-11-24", _ => Task.CompletedTask, CancellationToken.None));
        Assert.False(await work.RunOnceAsync("digest:daily:2026-11-25", _ => Task.CompletedTask, CancellationToken.None));
    }
}
