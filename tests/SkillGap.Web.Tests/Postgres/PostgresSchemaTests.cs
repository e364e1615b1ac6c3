using SkillGap.Web.Tests.Support;

namespace SkillGap.Web.Tests.Postgres;

/// <summary>The hand-written migration leaves column types to the provider; these are the types PostgreSQL gets.</summary>
public class PostgresSchemaTests
{
    [Fact]
    public async Task TheMigrationGivesEachColumnAPostgresTypeAndIndexesCreatedAt()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using (var factory = SkillGapFactory.With(database.HostSettings))
        {
            // Building the host runs the migration.
            _ = factory.Services;
        }

        var columns = await database.ScalarAsync<string>("""
            SELECT string_agg(column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '') || ' ' || is_nullable, ', ' ORDER BY ordinal_position)
            FROM information_schema.columns WHERE table_name = 'analyses'
            """);
        var index = await database.ScalarAsync<string>("SELECT indexdef FROM pg_indexes WHERE indexname = 'IX_analyses_CreatedAt'");

        Assert.Equal(
            "Id character varying(32) NO, CreatedAt bigint NO, FileName character varying(255) NO, Format character varying(8) NO, "
            + "Pages integer NO, BestFitRole character varying(64) NO, TargetRole character varying(64) YES, ResultJson text NO, ExtractedText text NO",
            columns);
        Assert.Contains("(\"CreatedAt\")", index, StringComparison.Ordinal);
    }
}
