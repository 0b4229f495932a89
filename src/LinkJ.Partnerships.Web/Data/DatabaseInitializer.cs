using System.Diagnostics;
using LinkJ.Partnerships.Web.Data.Seeding;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Data;

/// <summary>Start-up: migrate, apply the seed (once per version of it), and create the first admin when configured to.</summary>
public sealed class DatabaseInitializer(
    RegistryDbContext db,
    RegistrySeeder seeder,
    RoleManager<IdentityRole> roles,
    UserManager<AppUser> users,
    IOptions<RegistryOptions> options,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        void Step(string name)
        {
            logger.LogDebug("Start-up: {Step} took {Milliseconds} ms", name, watch.ElapsedMilliseconds);
            watch.Restart();
        }

        await MigrateAsync(cancellationToken);
        Step("migrate");
        using var actor = AuditActor.As("system");
        await EnsureRolesAsync();
        Step("roles");
        if (options.Value.SeedOnStartup)
        {
            await SeedOnceAsync(cancellationToken);
            Step("seed");
        }

        await ApplyHomeOrganizationAsync(cancellationToken);
        await BootstrapAdminAsync();
        Step("home organization and bootstrap admin");
        await RegistryDatabase.Of(db).EnsurePlannerStatisticsAsync(db, cancellationToken);
        Step("planner statistics");
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        // Migrate also compares the model with the last migration's snapshot, which costs a large share of a start;
        // when every migration is applied there is nothing for it to do.
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await RegistryDatabase.Of(db).AfterMigrateAsync(db, cancellationToken);
    }

    /// <summary>
    /// The seeder matches every record of the seed, which costs a good share of a start; a database that already
    /// had this very seed document applied skips it. The <c>seed</c> command always runs it in full.
    /// </summary>
    private async Task SeedOnceAsync(CancellationToken cancellationToken)
    {
        var fingerprint = RegistrySeeder.EmbeddedFingerprint();
        if (await RegistryDatabase.Of(db).AppliedSeedAsync(db, cancellationToken) == fingerprint)
        {
            return;
        }

        await seeder.SeedAsync(RegistrySeeder.LoadEmbedded(), cancellationToken);
        await RegistryDatabase.Of(db).RecordAppliedSeedAsync(db, fingerprint, cancellationToken);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                // The role's id is its name, so audit rows of role memberships read plainly.
                await roles.CreateAsync(new IdentityRole(role) { Id = role });
            }
        }
    }

    private async Task ApplyHomeOrganizationAsync(CancellationToken cancellationToken)
    {
        var slug = options.Value.HomeOrganizationSlug;
        if (string.IsNullOrWhiteSpace(slug))
        {
            return;
        }

        var chosen = await db.Organizations.SingleOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (chosen is null)
        {
            logger.LogWarning("Registry:HomeOrganizationSlug names {Slug}, which does not exist; the home organization is unchanged", slug);
            return;
        }

        foreach (var other in await db.Organizations.Where(o => o.IsHome && o.Id != chosen.Id).ToListAsync(cancellationToken))
        {
            other.UnmarkAsHome();
        }

        chosen.MarkAsHome();
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task BootstrapAdminAsync()
    {
        var email = configuration["Bootstrap:AdminEmail"];
        var password = configuration["Bootstrap:AdminPassword"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password) || await users.Users.AnyAsync())
        {
            return;
        }

        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            logger.LogError("The bootstrap admin was not created: {Errors}", string.Join(" ", created.Errors.Select(e => e.Description)));
            return;
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        logger.LogInformation("Created the bootstrap admin {Email}", email);
    }
}
