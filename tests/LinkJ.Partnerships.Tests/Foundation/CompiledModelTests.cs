using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Data.CompiledModel;
using LinkJ.Partnerships.Web.Data.Postgres;
using LinkJ.Partnerships.Web.Data.Postgres.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>
/// The app runs on a compiled model per provider, in Data/CompiledModel and Data/Postgres/CompiledModel (it starts
/// faster). After any change to the entities or their configuration both must be generated again, or this fails;
/// decision 011 has the two commands. Building a model needs no server, so both run in every test run.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_SQLite_compiled_model_matches_the_model_the_configuration_builds()
    {
        using var built = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseSqlite("Data Source=:memory:").Options);
        AssertSame(built.GetService<IDesignTimeModel>().Model, RegistryDbContextModel.Instance);
    }

    [Fact]
    public void The_PostgreSQL_compiled_model_matches_the_model_the_configuration_builds()
    {
        using var built = new PostgresRegistryDbContext(new DbContextOptionsBuilder<PostgresRegistryDbContext>().UseNpgsql("Host=localhost;Database=unused").Options);
        AssertSame(built.GetService<IDesignTimeModel>().Model, PostgresRegistryDbContextModel.Instance);
    }

    private static void AssertSame(IModel designed, IModel compiled)
    {
        Assert.Equal(Tables(designed.GetRelationalModel()), Tables(compiled.GetRelationalModel()));
        Assert.Equal(
            designed.GetEntityTypes().Select(Describe).Order(StringComparer.Ordinal),
            compiled.GetEntityTypes().Select(Describe).Order(StringComparer.Ordinal));
    }

    /// <summary>Every table as the database sees it: columns and their types, keys, indexes and foreign keys.</summary>
    private static IEnumerable<string> Tables(IRelationalModel model) => model.Tables.SelectMany(table => new[]
        {
            $"table {table.Name} key {string.Join("+", table.PrimaryKey?.Columns.Select(c => c.Name) ?? [])}",
        }
        .Concat(table.Columns.Select(c => $"{table.Name}.{c.Name} {c.StoreType} null:{c.IsNullable}"))
        .Concat(table.Indexes.Select(i => $"{table.Name} index {i.Name} ({string.Join(",", i.Columns.Select(c => c.Name))}) unique:{i.IsUnique} {i.Filter}"))
        .Concat(table.ForeignKeyConstraints.Select(f => $"{table.Name} fk {f.Name} ({string.Join(",", f.Columns.Select(c => c.Name))}) -> {f.PrincipalTable.Name} {f.OnDeleteAction}")))
        .Order(StringComparer.Ordinal);

    /// <summary>What the tables do not show: navigations, query filters, conversions and concurrency tokens.</summary>
    private static string Describe(IReadOnlyEntityType entity) => string.Join(" | ",
        entity.Name,
        string.Join(",", entity.GetProperties().Select(p => $"{p.Name}:{p.ClrType.Name}:{p.IsNullable}:{p.GetMaxLength()}:{p.GetValueConverter()?.ProviderClrType.Name}:{p.IsConcurrencyToken}")),
        string.Join(",", entity.GetNavigations().Select(n => $"{n.Name}->{n.TargetEntityType.Name}")),
        string.Join(",", entity.GetKeys().Select(k => string.Join("+", k.Properties.Select(p => p.Name)))),
        string.Join(",", entity.GetDeclaredQueryFilters().Select(f => f.Expression?.ToString())));
}
