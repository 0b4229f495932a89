using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Title).HasMaxLength(Agreement.TitleMaxLength);
        builder.Property(a => a.Summary).HasMaxLength(Agreement.SummaryMaxLength);
        builder.Property(a => a.LocalTitle).HasMaxLength(Agreement.TitleMaxLength);
        builder.Property(a => a.LocalSummary).HasMaxLength(Agreement.SummaryMaxLength);
        builder.Property(a => a.TerminationReason).HasMaxLength(Agreement.TerminationReasonMaxLength);
        builder.Property(a => a.EffectiveOnAsStated).HasMaxLength(Agreement.StatedDateMaxLength);
        builder.Property(a => a.TermKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.TermUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.InternalNotes).HasMaxLength(Agreement.NotesMaxLength);
        builder.Property(a => a.DataQualityNotes).HasMaxLength(Agreement.NotesMaxLength);
        builder.Property(a => a.SourcePublisher).HasMaxLength(Agreement.SourcePublisherMaxLength);
        builder.Property(a => a.SourceTitle).HasMaxLength(Agreement.SourceTitleMaxLength);
        builder.Property(a => a.SourceUrl).HasMaxLength(Agreement.SourceUrlMaxLength);
        builder.Property(a => a.SourceIdentifier).HasMaxLength(Agreement.SourceIdentifierMaxLength);
        builder.Property(a => a.SourceSha256).HasMaxLength(64);
        builder.HasIndex(a => a.SourceSha256);
        builder.Property(a => a.SeedKey).HasMaxLength(Agreement.SeedKeyMaxLength);
        builder.HasIndex(a => a.SeedKey).IsUnique();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Term);
        builder.Ignore(a => a.Period);
        builder.Ignore(a => a.LatestExtension);
        builder.Ignore(a => a.IsArchived);
        builder.Ignore(a => a.IsTerminated);

        // A chain of renewals: each agreement is renewed by at most one. No foreign key: on SQLite adding one rebuilds
        // the table and drops its search triggers; hard delete refuses an agreement that another renews instead.
        builder.HasIndex(a => a.RenewsId).IsUnique();

        builder.HasMany(a => a.Parties).WithOne(p => p.Agreement).HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Participants).WithOne(p => p.Agreement).HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Parties).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(a => a.Amendments).WithOne(m => m.Agreement).HasForeignKey(m => m.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Amendments).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(a => new { a.Type, a.EffectiveOn });
        // The staff list's default order; the id that breaks ties is the rowid, which every SQLite index ends with.
        builder.HasIndex(a => new { a.EffectiveOn, a.Title });
        builder.HasIndex(a => a.EndsOn);
        // Every staff list and count leaves the archive out; this index lets a count do so without reading the table.
        builder.HasIndex(a => a.ArchivedAt);
        builder.HasIndex(a => a.Visibility);
        builder.HasIndex(a => a.CreatedAt);
    }
}
