using LinkJ.Partnerships.Web.Data;
#if POSTGRESQL
using LinkJ.Partnerships.Web.Data.Postgres;
#endif
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.Tests.Support;

public static class RegistryContextServices
{
    /// <summary>
    /// Adds to the options of the app's <see cref="RegistryDbContext"/> (an interceptor, say). ConfigureDbContext must
    /// name the class registered, and on PostgreSQL that is the subclass carrying PostgreSQL's own migrations.
    /// </summary>
    public static IServiceCollection ConfigureRegistryDbContext(this IServiceCollection services, Action<DbContextOptionsBuilder> configure) =>
#if POSTGRESQL
        services.ConfigureDbContext<PostgresRegistryDbContext>(configure);
#else
        services.ConfigureDbContext<RegistryDbContext>(configure);
#endif
}
