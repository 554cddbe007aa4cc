using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Web.Data.Migrations
{
    /// <summary>
    /// Task placements the import suggests (decision 0021): a placement says whether it is a suggestion and why; a
    /// participation remembers which suggested tasks an administrator rejected; catalog tasks get a stable code and the
    /// laws that give them. The seeder fills the codes of an existing catalog by name, so placements keep their task. No
    /// new table: the register_version triggers of 20261201120000 already cover these three.
    /// </summary>
    public partial class SuggestTaskPlacements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_suggestion",
                table: "task_placements",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "suggestion_reason",
                table: "task_placements",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "code",
                table: "municipal_tasks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legal_basis",
                table: "municipal_tasks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<List<int>>(
                name: "rejected_task_ids",
                table: "memberships",
                type: "integer[]",
                nullable: false,
                defaultValueSql: "'{}'::integer[]");

            migrationBuilder.CreateIndex(
                name: "ix_municipal_tasks_code",
                table: "municipal_tasks",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_municipal_tasks_code",
                table: "municipal_tasks");

            migrationBuilder.DropColumn(
                name: "is_suggestion",
                table: "task_placements");

            migrationBuilder.DropColumn(
                name: "suggestion_reason",
                table: "task_placements");

            migrationBuilder.DropColumn(
                name: "code",
                table: "municipal_tasks");

            migrationBuilder.DropColumn(
                name: "legal_basis",
                table: "municipal_tasks");

            migrationBuilder.DropColumn(
                name: "rejected_task_ids",
                table: "memberships");
        }
    }
}
