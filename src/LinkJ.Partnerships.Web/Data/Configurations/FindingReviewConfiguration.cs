using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class FindingReviewConfiguration : IEntityTypeConfiguration<FindingReview>
{
    public void Configure(EntityTypeBuilder<FindingReview> builder)
    {
        builder.Property(r => r.FindingKey).HasMaxLength(FindingReview.KeyMaxLength);
        builder.HasIndex(r => r.FindingKey).IsUnique();
        builder.Property(r => r.Fingerprint).HasMaxLength(FindingReview.FingerprintMaxLength);
        builder.Property(r => r.Note).HasMaxLength(FindingReview.NoteMaxLength);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
    }
}
