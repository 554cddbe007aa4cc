namespace Samenwerking.Web.Domain;

/// <summary>Who represents a participant on a board of the arrangement.</summary>
public sealed class Representative
{
    public const int NameMaxLength = 150;
    public const int RoleMaxLength = 150;

    public int Id { get; set; }

    public int MembershipId { get; set; }

    public required string Name { get; set; }

    public Board Board { get; set; }

    /// <summary>E.g. "wethouder, portefeuillehouder jeugd" or "plaatsvervanger".</summary>
    public string? Role { get; set; }
}
