using System.Reflection;

namespace CryoWeb.Architecture.Tests;

/// <summary>
/// The types a public type shows to another assembly: its base type and interfaces, and the types in the signatures
/// of its public and protected members (fields, properties and indexers, methods, constructors, events), with the
/// element types of arrays, pointers and references and the arguments of generic types, all the way down.
/// </summary>
internal static class PublicSignatures
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Each member of <paramref name="type"/> visible outside its assembly, as "Type.Member", with the types its signature names.</summary>
    public static IEnumerable<(string Member, IEnumerable<Type> Types)> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        string name = type.FullName ?? type.Name;
        if (type.BaseType is { } baseType)
        {
            yield return ($"{name} : base", Expand(baseType));
        }

        foreach (var contract in type.GetInterfaces())
        {
            yield return ($"{name} : {contract.Name}", Expand(contract));
        }

        foreach (var member in type.GetMembers(Declared).Where(IsVisible))
        {
            yield return ($"{name}.{member.Name}", member switch
            {
                FieldInfo f => Expand(f.FieldType),
                PropertyInfo p => Expand(p.PropertyType).Concat(p.GetIndexParameters().SelectMany(i => Expand(i.ParameterType))),
                MethodInfo m => Expand(m.ReturnType).Concat(m.GetParameters().SelectMany(i => Expand(i.ParameterType))),
                ConstructorInfo c => c.GetParameters().SelectMany(i => Expand(i.ParameterType)),
                EventInfo e => e.EventHandlerType is { } handler ? Expand(handler) : [],
                _ => [],
            });
        }
    }

    private static bool IsVisible(MemberInfo member) => member switch
    {
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily || add.IsFamilyOrAssembly),
        _ => false,
    };

    private static IEnumerable<Type> Expand(Type type)
    {
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var inner in Expand(element))
            {
                yield return inner;
            }

            yield break;
        }

        yield return type;
        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return argument;
            }
        }
    }
}
