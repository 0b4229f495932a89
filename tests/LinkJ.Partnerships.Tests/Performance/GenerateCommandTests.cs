using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Performance;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_adds_the_requested_numbers_of_organizations_and_agreements_on_top_of_the_seed()
    {
        using var factory = new RegistryFactory();
        var before = await factory.WithDbAsync(async db => (await db.Organizations.CountAsync(), await db.Agreements.CountAsync()));

        Assert.Equal(0, await RunAsync(factory, "generate", "--organizations", "120", "--agreements", "400", "--seed", "3"));

        var after = await factory.WithDbAsync(async db => (await db.Organizations.CountAsync(), await db.Agreements.CountAsync()));
        Assert.Equal(before.Item1 + 120, after.Item1);
        Assert.Equal(before.Item2 + 400, after.Item2);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_registry_and_another_seed_a_different_one()
    {
        var first = await FingerprintAsync(seed: 11);
        var again = await FingerprintAsync(seed: 11);
        var other = await FingerprintAsync(seed: 12);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Generated_data_is_varied_and_keeps_the_domain_rules()
    {
        using var factory = new RegistryFactory();
        await RunAsync(factory, "generate", "--organizations", "300", "--agreements", "1500", "--seed", "5");

        await factory.WithDbAsync(async db =>
        {
            var organizations = await db.Organizations.AsNoTracking().ToListAsync();
            Assert.True(organizations.Select(o => o.CountryCode).Distinct().Count() >= 10);
            Assert.Equal(Enum.GetValues<OrganizationKind>().Length, organizations.Select(o => o.Kind).Distinct().Count());
            Assert.Contains(organizations, o => o.LocalName is not null && o.LocalName.Any(c => c >= '\u3000'));
            Assert.All(organizations, o => Assert.True(Slug.IsValid(o.Slug), o.Slug));

            var agreements = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Participants).ToListAsync();
            Assert.Equal(Enum.GetValues<TermKind>().Length, agreements.Select(a => a.TermKind).Distinct().Count());
            Assert.Equal(Enum.GetValues<AgreementType>().Length, agreements.Select(a => a.Type).Distinct().Count());
            Assert.Equal(Enum.GetValues<AgreementStatus>().Length, agreements.Select(a => a.StatusOn(RegistryFactory.DefaultToday)).Distinct().Count());
            Assert.Contains(agreements, a => a.Visibility == Visibility.Internal);
            Assert.All(agreements, a => Assert.Equal(a.TerminatedOn ?? a.Term.EndDateFrom(a.EffectiveOn), a.EndsOn));
            Assert.All(agreements, a => Assert.True(a.Parties.Count >= 2));
            Assert.All(agreements.SelectMany(a => a.Participants.Select(p => (a, p))), x => Assert.Contains(x.a.Parties, party => party.OrganizationId == x.p.OrganizationId));
            Assert.Contains(await db.People.AsNoTracking().ToListAsync(), p => p.LocalName is not null);
        });
    }

    [Theory]
    [InlineData("--agreements", "many")]
    [InlineData("--organizations", "-5")]
    public async Task Generate_refuses_counts_that_are_not_whole_numbers(string option, string value)
    {
        using var factory = new RegistryFactory();
        Assert.Equal(2, await RunAsync(factory, "generate", option, value));
    }

    private static async Task<string> FingerprintAsync(int seed)
    {
        using var factory = new RegistryFactory();
        await RunAsync(factory, "generate", "--organizations", "60", "--agreements", "200", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await factory.WithDbAsync(async db =>
        {
            var organizations = await db.Organizations.OrderBy(o => o.Id).Select(o => o.Slug + o.LocalName + o.CountryCode + o.Kind).ToListAsync();
            var agreements = await db.Agreements.OrderBy(a => a.Id).Select(a => a.Title + a.EffectiveOn + a.EndsOn + a.Visibility).ToListAsync();
            var parties = await db.AgreementParties.OrderBy(p => p.AgreementId).ThenBy(p => p.OrganizationId).Select(p => $"{p.AgreementId}:{p.OrganizationId}:{p.Role}").ToListAsync();
            var people = await db.AgreementParticipants.OrderBy(p => p.Id).Select(p => p.Person.Name + p.Title).ToListAsync();
            return string.Join('\n', organizations.Concat(agreements).Concat(parties).Concat(people));
        });
    }

    private static Task<int> RunAsync(RegistryFactory factory, params string[] args)
    {
        _ = factory.Services;
        return CommandLine.Parse(args)!.RunAsync(factory.Services);
    }
}
