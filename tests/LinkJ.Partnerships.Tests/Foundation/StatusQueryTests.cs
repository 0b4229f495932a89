using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>The SQL status filters must give the same answer as the domain's own rule.</summary>
public sealed class StatusQueryTests
{
    [Fact]
    public async Task Every_status_filter_matches_the_domain_rule_around_its_edges()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        var today = RegistryFactory.DefaultToday;
        int[] offsets = [-800, -400, -91, -90, -1, 0, 1, 89, 90, 91, 400];
        await factory.WithDbAsync(async db =>
        {
            var a = db.Organizations.Single(o => o.Slug == "link-j");
            var b = db.Organizations.Single(o => o.Slug == "matador-japan");
            foreach (var start in offsets)
            {
                foreach (var end in offsets.Where(e => e > start))
                {
                    var agreement = new Agreement(AgreementType.Other, $"{start}/{end}", today.AddDays(start), Term.Until(today.AddDays(end)));
                    agreement.AddParty(a);
                    agreement.AddParty(b);
                    db.Agreements.Add(agreement);
                }

                var open = new Agreement(AgreementType.Other, $"{start}/open", today.AddDays(start), Term.OpenEnded);
                open.AddParty(a);
                open.AddParty(b);
                db.Agreements.Add(open);
            }

            await db.SaveChangesAsync();
        });

        await factory.WithDbAsync(async db =>
        {
            var all = await db.Agreements.AsNoTracking().ToListAsync();
            foreach (var status in Enum.GetValues<AgreementStatus>())
            {
                var bySql = await db.Agreements.WhereStatus(status, today, 90).Select(x => x.Id).OrderBy(x => x).ToListAsync();
                var byDomain = all.Where(x => x.StatusOn(today, 90) == status).Select(x => x.Id).Order().ToList();
                Assert.True(byDomain.SequenceEqual(bySql), $"{status}: SQL and domain disagree");
            }

            var inForceSql = await db.Agreements.InForceOn(today).CountAsync();
            Assert.Equal(all.Count(x => x.Period.IsInForceOn(today)), inForceSql);
        });
    }
}
