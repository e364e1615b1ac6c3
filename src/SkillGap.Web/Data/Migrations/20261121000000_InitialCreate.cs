using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SkillGap.Web.Data.Migrations;

/// <summary>Hand-written (no EF design tools here). Column types are left to the provider so SQLite and PostgreSQL share it.</summary>
[DbContext(typeof(SkillGapDbContext))]
[Migration("20261121000000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "analyses",
            columns: table => new
            {
                Id = table.Column<string>(maxLength: 32, nullable: false),
                CreatedAt = table.Column<long>(nullable: false),
                FileName = table.Column<string>(maxLength: 255, nullable: false),
                Format = table.Column<string>(maxLength: 8, nullable: false),
                Pages = table.Column<int>(nullable: false),
                BestFitRole = table.Column<string>(maxLength: 64, nullable: false),
                TargetRole = table.Column<string>(maxLength: 64, nullable: true),
                ResultJson = table.Column<string>(nullable: false),
                ExtractedText = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_analyses", x => x.Id));

        migrationBuilder.CreateIndex(name: "IX_analyses_CreatedAt", table: "analyses", column: "CreatedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "analyses");
}
