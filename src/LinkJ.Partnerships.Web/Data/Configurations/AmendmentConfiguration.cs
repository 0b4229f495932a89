using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class AmendmentConfiguration : IEntityTypeConfiguration<Amendment>
{
    public void Configure(EntityTypeBuilder<Amendment> builder)
    {
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Description).HasMaxLength(Amendment.DescriptionMaxLength);
        builder.Property(m => m.Reason).HasMaxLength(Amendment.ReasonMaxLength);
        builder.HasIndex(m => new { m.AgreementId, m.MadeOn });
    }
}
