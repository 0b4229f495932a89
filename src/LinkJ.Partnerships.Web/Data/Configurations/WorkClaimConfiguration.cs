using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class WorkClaimConfiguration : IEntityTypeConfiguration<WorkClaim>
{
    public void Configure(EntityTypeBuilder<WorkClaim> builder)
    {
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(WorkClaim.KeyMaxLength);
        builder.Property(c => c.ClaimedBy).HasMaxLength(200);
    }
}
