using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Commands;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>Seeded records keep the seed's key, so a later seed neither duplicates nor undoes an admin's correction.</summary>
public sealed class SeedKeyTests
{
    private const string MprKey = "medicen-paris-region-mou-2020";

    [Fact]
    public async Task An_admin_who_corrects_the_MPR_date_to_2021_keeps_it_and_the_next_seed_adds_no_2020_MOU()
    {
        using var factory = new RegistryFactory();
        var before = await factory.WithDbAsync(db => db.Agreements.CountAsync());
        await factory.WithDbAsync(async db =>
        {
            var mpr = await db.Agreements.SingleAsync(a => a.SeedKey == MprKey);
            mpr.Schedule(new DateOnly(2021, 2, 5), mpr.Term);
            await db.SaveChangesAsync();
        });

        Assert.Equal(0, await CommandLine.Parse(["seed"])!.RunAsync(factory.Services));

        Assert.Equal(before, await factory.WithDbAsync(db => db.Agreements.CountAsync()));
        Assert.Equal(new DateOnly(2021, 2, 5), await factory.WithDbAsync(db => db.Agreements.Where(a => a.SeedKey == MprKey).Select(a => a.EffectiveOn).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Agreements.AnyAsync(a => a.EffectiveOn == new DateOnly(2020, 2, 5))));
    }

    [Fact]
    public async Task An_organization_whose_slug_an_admin_changed_is_not_added_again()
    {
        using var factory = new RegistryFactory();
        var before = await factory.WithDbAsync(db => db.Organizations.CountAsync());
        await factory.WithDbAsync(async db =>
        {
            var medicen = await db.Organizations.SingleAsync(o => o.Slug == "medicen-paris-region");
            medicen.ChangeSlug("medicen");
            medicen.Rename("Medicen Paris Région");
            await db.SaveChangesAsync();
        });

        Assert.Equal(0, await CommandLine.Parse(["seed"])!.RunAsync(factory.Services));

        Assert.Equal(before, await factory.WithDbAsync(db => db.Organizations.CountAsync()));
        Assert.Equal("Medicen Paris Région", await factory.WithDbAsync(db => db.Organizations.Where(o => o.SeedKey == "medicen-paris-region").Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Records_seeded_before_there_were_keys_are_found_by_their_facts_and_given_their_keys()
    {
        using var factory = new RegistryFactory();
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Agreements\" SET \"SeedKey\" = NULL; UPDATE \"Organizations\" SET \"SeedKey\" = NULL;"));
        var before = await factory.WithDbAsync(db => db.Agreements.CountAsync());

        Assert.Equal(0, await CommandLine.Parse(["seed"])!.RunAsync(factory.Services));

        Assert.Equal(before, await factory.WithDbAsync(db => db.Agreements.CountAsync()));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Agreements.CountAsync(a => a.SeedKey != null)));
        Assert.Equal(6, await factory.WithDbAsync(db => db.Organizations.CountAsync(o => o.SeedKey != null)));
    }

    [Fact]
    public async Task Each_seeded_agreement_names_its_release_file_and_hash_which_staff_see()
    {
        using var factory = new RegistryFactory();
        var client = await factory.SignedInAsync(Roles.Staff);
        var mpr = await factory.WithDbAsync(db => db.Agreements.SingleAsync(a => a.SeedKey == MprKey));

        var page = await client.GetPageAsync($"/staff/agreements/{mpr.Id}");

        Assert.Equal("000_ddb8f432f4247cc0.txt", mpr.SourceIdentifier);
        Assert.Equal(64, mpr.SourceSha256!.Length);
        Assert.Equal("000_ddb8f432f4247cc0.txt", page.QuerySelector("[data-field=source-identifier]")!.TextContent.Trim());
        Assert.Equal(mpr.SourceSha256, page.QuerySelector("[data-field=source-sha256]")!.TextContent.Trim());
    }

    [Fact]
    public void The_seed_names_the_hash_of_each_release_it_came_from_when_the_releases_are_at_hand()
    {
        var releases = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "seeds"));
        Assert.True(Directory.Exists(releases), $"The seed releases are expected beside the clone, at {releases}.");
        foreach (var agreement in Web.Data.Seeding.RegistrySeeder.LoadEmbedded().Agreements)
        {
            var file = Path.Combine(releases, agreement.Source!.Identifier!);
            Assert.Equal(agreement.Source.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file))));
        }
    }
}
