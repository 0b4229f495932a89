#if POSTGRESQL
using System.Net;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>A deployment may start every instance at once on a database none of them has created yet.</summary>
public sealed class SimultaneousStartTests : InstancePair
{
    [Fact]
    public async Task Two_instances_started_together_on_a_new_database_both_come_up_with_one_seed()
    {
        await Task.WhenAll(Task.Run(() => A.Started()), Task.Run(() => B.Started()));

        Assert.Equal(HttpStatusCode.OK, (await A.CreateBrowser().GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await B.CreateBrowser().GetAsync("/partners")).StatusCode);
        Assert.True(await Database.ScalarAsync<bool>("SELECT COUNT(*) > 0 AND COUNT(*) = COUNT(DISTINCT \"Name\") FROM \"Organizations\""), "the seed was applied twice, or not at all");
        Assert.Equal(2L, await Database.ScalarAsync<long>("SELECT COUNT(*) FROM \"AspNetRoles\""));
    }
}
#endif
