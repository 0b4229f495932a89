using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Sqlite;

/// <summary>
/// The FTS5 indexes behind text search: trigram tables over the searchable text of organizations, agreements and
/// people, kept in step by triggers that the TextSearch migration creates. EF Core must know which tables have triggers.
/// </summary>
public sealed class TextSearchIndex : IEntityTypeConfiguration<Organization>, IEntityTypeConfiguration<Agreement>, IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Organization> builder) => builder.ToTable(t => Triggers(t, "Organizations"));

    public void Configure(EntityTypeBuilder<Agreement> builder) => builder.ToTable(t => Triggers(t, "Agreements"));

    public void Configure(EntityTypeBuilder<Person> builder) => builder.ToTable(t => Triggers(t, "People"));

    private static void Triggers(TableBuilder table, string name)
    {
        table.HasTrigger($"{name}_search_insert");
        table.HasTrigger($"{name}_search_delete");
        table.HasTrigger($"{name}_search_update");
    }
}
