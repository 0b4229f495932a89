using LinkJ.Partnerships.Web.Infrastructure.Startup;
using Npgsql;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// The operator's connection string, with what the app needs added where it is not set: a name per instance (so an
/// instance can tell its own change notifications from another's, and an operator can tell instances apart in
/// pg_stat_activity), automatic preparation of the statements the app repeats, generic plans for them, and no parallel query plans.
/// </summary>
public static class PostgresConnectionSettings
{
    public const string ApplicationName = "LinkJ.Partnerships";

    public static string Resolve(string? configured, string instance)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new OperatorError($"Database:Provider is PostgreSQL, so ConnectionStrings:{PersistenceSetup.ConnectionStringName} must name the server and database, e.g. \"Host=localhost;Database=linkj;Username=linkj;Password=...\".");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(configured);
        }
        catch (ArgumentException exception)
        {
            throw new OperatorError($"ConnectionStrings:{PersistenceSetup.ConnectionStringName} is not a PostgreSQL connection string: {exception.Message}");
        }

        if (string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new OperatorError($"ConnectionStrings:{PersistenceSetup.ConnectionStringName} names no database; add Database=... to it.");
        }

        builder.ApplicationName = $"{ApplicationName}/{instance}";
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 50;
        }

        // Parallel plans start worker processes for a query that an index answers in milliseconds, and on a small
        // server they take the cores other requests need. Generic plans: the app's statements are prepared (above),
        // and a custom plan of the text search re-estimates every ILIKE against the columns' statistics, which cost
        // more than running it (docs/performance.md, "PostgreSQL (issue 17)"). An operator's Options win.
        if (string.IsNullOrEmpty(builder.Options))
        {
            builder.Options = "-c max_parallel_workers_per_gather=0 -c plan_cache_mode=force_generic_plan";
        }

        return builder.ConnectionString;
    }
}
