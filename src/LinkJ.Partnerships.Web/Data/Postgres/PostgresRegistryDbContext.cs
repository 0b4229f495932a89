using Microsoft.EntityFrameworkCore;

namespace LinkJ.Partnerships.Web.Data.Postgres;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF Core keeps its migrations (Data/Postgres/Migrations)
/// and compiled model apart from SQLite's; the app still asks for <see cref="RegistryDbContext"/>.
/// </summary>
public sealed class PostgresRegistryDbContext(DbContextOptions<PostgresRegistryDbContext> options) : RegistryDbContext(options);
