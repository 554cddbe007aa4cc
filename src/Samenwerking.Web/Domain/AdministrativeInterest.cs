namespace Samenwerking.Web.Domain;

/// <summary>
/// A bestuurlijk belang (BBV art. 1): a say in the party through a seat in its board or through voting rights.
/// </summary>
public enum AdministrativeInterest
{
    /// <summary>A seat in the board, such as the algemeen bestuur of an openbaar lichaam.</summary>
    Zetel,

    /// <summary>Voting rights, such as in the general meeting of shareholders or members.</summary>
    Stemrecht,

    Geen,
}
