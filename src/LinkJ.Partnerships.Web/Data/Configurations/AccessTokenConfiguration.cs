using LinkJ.Partnerships.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LinkJ.Partnerships.Web.Data.Configurations;

public sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.Property(t => t.OwnerId).HasMaxLength(450);
        builder.HasOne(t => t.Owner).WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Name).HasMaxLength(AccessToken.NameMaxLength);
        builder.Property(t => t.Hash).HasMaxLength(AccessToken.HashLength).IsFixedLength();
        builder.HasIndex(t => t.Hash).IsUnique();
        builder.Property(t => t.Prefix).HasMaxLength(AccessToken.PrefixLength);
        builder.Property(t => t.RevokedBy).HasMaxLength(256);
        builder.HasIndex(t => new { t.OwnerId, t.Purpose });
    }
}
