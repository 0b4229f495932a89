using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>The SQL form of the status rule (the staff filter and the status sort) must give the domain's answer.</summary>
public sealed class StatusQueryTests
{
    private const int EndingSoonDays = 90;
    private static readonly DateOnly Start = new(2030, 4, 1);
    private static readonly DateOnly End = new(2031, 4, 1);
    private static readonly DateOnly ShortEnd = Start.AddDays(30);

    /// <summary>Every day on which some status begins or stops, for a long term, a short one, an open-ended one and one terminated early.</summary>
    private static readonly (string Name, DateOnly Day)[] BoundaryDays =
    [
        ("the day before the effective date", Start.AddDays(-1)),
        ("the effective date", Start),
        ("the short term's last day in force", ShortEnd.AddDays(-1)),
        ("the short term's end date", ShortEnd),
        ("the day before the ending-soon window", End.AddDays(-EndingSoonDays - 1)),
        ("the first day of the ending-soon window", End.AddDays(-EndingSoonDays)),
        ("the last day in force", End.AddDays(-1)),
        ("the end date", End),
        ("the day after the end date", End.AddDays(1)),
    ];

    [Fact]
    public async Task The_status_filter_and_the_status_sort_agree_with_the_domain_rule_on_every_boundary_day()
    {
        using var factory = new RegistryFactory();
        factory.CreateClient();
        await factory.WithDbAsync(async db =>
        {
            var a = db.Organizations.Single(o => o.Slug == "link-j");
            var b = db.Organizations.Single(o => o.Slug == "matador-japan");
            foreach (var term in new[] { Term.Until(End), Term.Until(ShortEnd), Term.OpenEnded })
            {
                var agreement = new Agreement(AgreementType.Other, term.ToString(), Start, term);
                agreement.AddParty(a);
                agreement.AddParty(b);
                db.Agreements.Add(agreement);
            }

            // The long term again, terminated early on the short term's end date.
            var terminated = new Agreement(AgreementType.Other, "terminated", Start, Term.Until(End));
            terminated.AddParty(a);
            terminated.AddParty(b);
            terminated.Terminate(ShortEnd, "Ended early");
            db.Agreements.Add(terminated);
            await db.SaveChangesAsync();
        });

        await factory.WithDbAsync(async db =>
        {
            var all = await db.Agreements.AsNoTracking().OrderBy(x => x.Id).ToListAsync();
            var seen = new HashSet<AgreementStatus>();
            var listOrder = AgreementQueries.ListOrder.ToList();
            foreach (var (name, day) in BoundaryDays)
            {
                var byDomain = all.Select(x => x.StatusOn(day, EndingSoonDays)).ToList();
                seen.UnionWith(byDomain);
                foreach (var status in Enum.GetValues<AgreementStatus>())
                {
                    var bySql = await db.Agreements.WhereStatus(status, day, EndingSoonDays).OrderBy(x => x.Id).Select(x => x.Id).ToListAsync();
                    Assert.True(all.Where((_, i) => byDomain[i] == status).Select(x => x.Id).SequenceEqual(bySql), $"{status} on {name}: SQL and domain disagree");
                }

                var ranks = await db.Agreements.OrderBy(x => x.Id).Select(AgreementQueries.StatusRankOn(day, EndingSoonDays)).ToListAsync();
                Assert.True(byDomain.Select(s => listOrder.IndexOf(s)).SequenceEqual(ranks), $"The sort's rank on {name} is not the domain status's place in the list order");

                var inForce = await db.Agreements.InForceOn(day).CountAsync();
                Assert.Equal(all.Count(x => x.Period.IsInForceOn(day)), inForce);
            }

            Assert.Equal(Enum.GetValues<AgreementStatus>().Order(), seen.Order());
        });
    }
}
