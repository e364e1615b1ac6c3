using Microsoft.EntityFrameworkCore;

namespace SkillGap.Web.Data;

public sealed class SkillGapDbContext(DbContextOptions<SkillGapDbContext> options) : DbContext(options)
{
    public DbSet<AnalysisRecord> Analyses => Set<AnalysisRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var analysis = modelBuilder.Entity<AnalysisRecord>();
        analysis.ToTable("analyses");
        analysis.HasKey(a => a.Id);
        analysis.Property(a => a.Id).HasMaxLength(32);
        analysis.Property(a => a.FileName).HasMaxLength(255);
        analysis.Property(a => a.Format).HasMaxLength(8);
        analysis.Property(a => a.BestFitRole).HasMaxLength(64);
        analysis.Property(a => a.TargetRole).HasMaxLength(64);
        // SQLite cannot order DateTimeOffset values; UTC ticks order the same on every provider.
        analysis.Property(a => a.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        analysis.HasIndex(a => a.CreatedAt);
    }
}
