using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LinkJ.Partnerships.Web.Data;

public static class RegistryDatabase
{
    /// <summary>The provider-specific part of the database behind <paramref name="db"/>.</summary>
    public static IRegistryDatabase Of(RegistryDbContext db) => db.GetService<IRegistryDatabase>();
}
