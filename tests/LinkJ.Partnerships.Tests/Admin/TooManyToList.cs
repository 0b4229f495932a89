using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Domain;
using LinkJ.Partnerships.Web.Pages.Admin;

namespace LinkJ.Partnerships.Tests.Admin;

/// <summary>A registry one organization past what the admin forms list inline (<see cref="NameLookup.InlineLimit"/>).</summary>
public static class TooManyToList
{
    /// <summary>Adds "{name} 000" to "{name} 500", companies with slugs made from those names.</summary>
    public static Task AddOrganizationsAsync(RegistryFactory factory, string name) =>
        factory.WithDbAsync(async db =>
        {
            for (var i = 0; i <= NameLookup.InlineLimit; i++)
            {
                var numbered = $"{name} {i:000}";
                db.Organizations.Add(new Organization(numbered, OrganizationKind.Company, Slug.From(numbered)));
            }

            await db.SaveChangesAsync();
        });
}
