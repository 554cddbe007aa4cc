using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <summary>
    /// Full-text search (Dutch) and trigram indexes for the search in the top bar. The vectors are generated columns
    /// the entity model does not map: only <c>Features/Search/SearchQueries</c> reads them (decision 0011).
    /// </summary>
    [DbContext(typeof(RegisterDbContext))]
    [Migration("20261129030000_AddSearch")]
    public partial class AddSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS pg_trgm;

                ALTER TABLE arrangements ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('dutch', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') ||
                    setweight(to_tsvector('dutch', coalesce(purpose, '')), 'B') ||
                    setweight(to_tsvector('dutch', coalesce(public_interest, '') || ' ' || coalesce(seat, '')), 'C')) STORED;
                CREATE INDEX ix_arrangements_search_vector ON arrangements USING gin (search_vector);
                CREATE INDEX ix_arrangements_name_trgm ON arrangements USING gin (name gin_trgm_ops);

                ALTER TABLE transferred_powers ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('dutch', coalesce(description, '')), 'A') ||
                    setweight(to_tsvector('dutch', coalesce(legal_basis, '')), 'B')) STORED;
                CREATE INDEX ix_transferred_powers_search_vector ON transferred_powers USING gin (search_vector);

                ALTER TABLE municipal_tasks ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('dutch', coalesce(name, '')), 'A') ||
                    setweight(to_tsvector('dutch', coalesce(description, '')), 'B')) STORED;
                CREATE INDEX ix_municipal_tasks_search_vector ON municipal_tasks USING gin (search_vector);
                CREATE INDEX ix_municipal_tasks_name_trgm ON municipal_tasks USING gin (name gin_trgm_ops);

                CREATE INDEX ix_municipalities_name_trgm ON municipalities USING gin (name gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_municipalities_name_trgm;
                DROP INDEX ix_municipal_tasks_name_trgm;
                ALTER TABLE municipal_tasks DROP COLUMN search_vector;
                ALTER TABLE transferred_powers DROP COLUMN search_vector;
                DROP INDEX ix_arrangements_name_trgm;
                ALTER TABLE arrangements DROP COLUMN search_vector;
                """);
        }
    }
}
