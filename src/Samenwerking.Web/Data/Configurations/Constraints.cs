using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Samenwerking.Web.Data.Configurations;

/// <summary>Check constraints that several configurations share.</summary>
internal static class Constraints
{
    /// <summary>Stores an enum as its name, limited in length and to the enum's members.</summary>
    public static PropertyBuilder<TEnum> StoredAsName<TEnum>(this PropertyBuilder<TEnum> property) where TEnum : struct, Enum =>
        property.HasConversion<string>().HasMaxLength(EnumMaxLength);

    public static PropertyBuilder<TEnum?> StoredAsName<TEnum>(this PropertyBuilder<TEnum?> property) where TEnum : struct, Enum =>
        property.HasConversion<string>().HasMaxLength(EnumMaxLength);

    public static void HasEnumCheck<TEntity, TEnum>(this EntityTypeBuilder<TEntity> entity, string table, string column)
        where TEntity : class
        where TEnum : struct, Enum
    {
        entity.ToTable(t => t.HasCheckConstraint($"ck_{table}_{column}", $"{column} IN ({EnumNames<TEnum>()})"));
    }

    /// <summary>The enum's member names as SQL string literals: 'Raad', 'College', …</summary>
    public static string EnumNames<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"));

    /// <summary>A period's end is after its start (the end is the first day it no longer applies).</summary>
    public static void HasPeriodCheck<TEntity>(this EntityTypeBuilder<TEntity> entity, string table, string start, string end)
        where TEntity : class =>
        entity.ToTable(t => t.HasCheckConstraint($"ck_{table}_period", $"{end} IS NULL OR {start} IS NULL OR {end} > {start}"));

    public const int EnumMaxLength = 40;
}
