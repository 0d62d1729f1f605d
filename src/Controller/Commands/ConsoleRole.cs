namespace CryoWeb.Controller.Commands;

/// <summary>Who may do what (DESIGN.md): only Operators drive the plant; Supervisors watch; Reviewers read logs; Admins manage.</summary>
public enum ConsoleRole
{
    Operator,
    Supervisor,
    Reviewer,
    Admin,
}
