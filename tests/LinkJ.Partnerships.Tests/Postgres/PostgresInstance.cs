#if POSTGRESQL
using LinkJ.Partnerships.Tests.Support;
using LinkJ.Partnerships.Web.Data.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LinkJ.Partnerships.Tests.Postgres;

/// <summary>
/// One app instance, in process, on a PostgreSQL database that other instances may share. The SQLite path the base
/// class wants is never used: the settings below replace its connection string.
/// </summary>
public sealed class PostgresInstance : RegistryFactory
{
    public PostgresInstance(TestDatabase database)
        : base(Path.Combine(Path.GetTempPath(), $"linkj-unused-{Guid.NewGuid():N}.db"))
    {
        Settings["Database:Provider"] = "PostgreSQL";
        Settings["ConnectionStrings:Partnerships"] = database.ConnectionString;
    }

    /// <summary>Starts the host (migrating the database if it is the first) and returns it.</summary>
    public PostgresInstance Started()
    {
        _ = Server;
        return this;
    }

    public RegistryChangeNotifications Notifications => Services.GetRequiredService<RegistryChangeNotifications>();

    /// <summary>The application_name this instance's connections, the listening one included, show in pg_stat_activity.</summary>
    public string ApplicationName =>
        new NpgsqlConnectionStringBuilder(Services.GetRequiredService<RegistryChangeNotifications.Settings>().ConnectionString).ApplicationName!;
}
#endif
