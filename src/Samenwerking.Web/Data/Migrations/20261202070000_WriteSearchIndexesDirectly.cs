using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <summary>
    /// The search's GIN indexes take new entries at once instead of collecting them in a pending list (decision 0031).
    /// A pending list is read in full by every search until a vacuum merges it: after an import of ten times the
    /// national register (380 pages of trigram entries waiting) each search took about 20 ms longer. The register is
    /// written rarely and read constantly, so a write now pays for its index entries itself. Lists already collected
    /// are merged here.
    /// </summary>
    [DbContext(typeof(RegisterDbContext))]
    [Migration("20261202070000_WriteSearchIndexesDirectly")]
    public partial class WriteSearchIndexesDirectly : Migration
    {
        private static readonly string[] SearchIndexes =
        [
            "ix_arrangements_search_vector", "ix_arrangements_name_trgm", "ix_transferred_powers_search_vector",
            "ix_municipal_tasks_search_vector", "ix_municipal_tasks_name_trgm", "ix_municipalities_name_trgm",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var index in SearchIndexes)
            {
                migrationBuilder.Sql($"ALTER INDEX {index} SET (fastupdate = off); SELECT gin_clean_pending_list('{index}'::regclass);");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var index in SearchIndexes)
            {
                migrationBuilder.Sql($"ALTER INDEX {index} RESET (fastupdate);");
            }
        }
    }
}
