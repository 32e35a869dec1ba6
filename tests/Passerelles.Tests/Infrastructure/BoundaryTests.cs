using System.Collections.Immutable;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace Passerelles.Tests.Infrastructure;

/// <summary>Infrastructure is cross-cutting: it serves every feature and knows none. A feature that needs something of
/// it adds to an options class that Infrastructure reads.</summary>
public sealed partial class BoundaryTests
{
    private const string InfrastructureNamespace = "Passerelles.Web.Infrastructure";
    private const string FeaturesNamespace = "Passerelles.Web.Features";

    /// <summary>Reads the compiled web app: the signatures, fields, locals and every type, method and field the code of
    /// each Infrastructure type (its lambdas and state machines included) names.</summary>
    [Fact]
    public void No_infrastructure_type_refers_to_a_feature()
    {
        using var stream = File.OpenRead(typeof(Program).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new ReferencedTypes(metadata);

        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var owner = names.NameOf(handle);
            if (!owner.StartsWith(InfrastructureNamespace + ".", StringComparison.Ordinal)) continue;
            foreach (var referenced in names.ReferencedBy(handle, pe).Where(n => n.StartsWith(FeaturesNamespace + ".", StringComparison.Ordinal)))
                found.Add($"{owner} -> {referenced}");
        }

        Assert.True(found.Count == 0, "Infrastructure refers to features:\n" + string.Join("\n", found));
    }

    /// <summary>The compiler copies constants into the code that reads them, so the compiled app does not show a
    /// feature's constant read by Infrastructure: its source does.</summary>
    [Fact]
    public void No_infrastructure_source_names_a_feature()
    {
        var folder = Path.Combine(SourceTree.WebProject, "Infrastructure");
        var found = System.IO.Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => FeatureName().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(folder, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, "Infrastructure names features:\n" + string.Join("\n", found));
    }

    // "Passerelles.Web.Features…", or "Features.X" not preceded by a dot (Http.Features is ASP.NET Core's).
    [GeneratedRegex(@"Passerelles\.Web\.Features\b|(?<![\w.])Features\.[A-Z]")]
    private static partial Regex FeatureName();

    /// <summary>The names of the types a type's metadata and code refer to.</summary>
    private sealed class ReferencedTypes(MetadataReader metadata) : ISignatureTypeProvider<ImmutableArray<string>, object?>
    {
        private static readonly Dictionary<ushort, OpCode> OpCodesByValue = typeof(OpCodes).GetFields()
            .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => (ushort)o.Value);

        public string NameOf(TypeDefinitionHandle handle)
        {
            var type = metadata.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            return declaring.IsNil
                ? $"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}"
                : $"{NameOf(declaring)}+{metadata.GetString(type.Name)}";
        }

        public IEnumerable<string> ReferencedBy(TypeDefinitionHandle handle, PEReader pe)
        {
            var type = metadata.GetTypeDefinition(handle);
            var names = new List<string>();
            if (!type.BaseType.IsNil) names.AddRange(Of(type.BaseType));
            foreach (var implementation in type.GetInterfaceImplementations())
                names.AddRange(Of(metadata.GetInterfaceImplementation(implementation).Interface));
            foreach (var field in type.GetFields()) names.AddRange(metadata.GetFieldDefinition(field).DecodeSignature(this, null));
            foreach (var methodHandle in type.GetMethods())
            {
                var method = metadata.GetMethodDefinition(methodHandle);
                names.AddRange(Of(method.DecodeSignature(this, null)));
                if (method.RelativeVirtualAddress == 0) continue;
                var body = pe.GetMethodBody(method.RelativeVirtualAddress);
                if (!body.LocalSignature.IsNil)
                    names.AddRange(metadata.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(this, null).SelectMany(l => l));
                names.AddRange(TokensOf(body.GetILReader()).SelectMany(token => Of(token)));
            }
            return names;
        }

        /// <summary>The metadata tokens the instructions of a method body name.</summary>
        private static IEnumerable<EntityHandle> TokensOf(BlobReader il)
        {
            var tokens = new List<EntityHandle>();
            while (il.RemainingBytes > 0)
            {
                ushort value = il.ReadByte();
                if (value == 0xFE) value = (ushort)(0xFE00 | il.ReadByte());
                switch (OpCodesByValue[value].OperandType)
                {
                    case OperandType.InlineNone:
                        break;
                    case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                        il.ReadByte();
                        break;
                    case OperandType.InlineVar:
                        il.ReadInt16();
                        break;
                    case OperandType.InlineI8 or OperandType.InlineR:
                        il.ReadInt64();
                        break;
                    case OperandType.InlineSwitch:
                        var count = il.ReadInt32();
                        for (var i = 0; i < count; i++) il.ReadInt32();
                        break;
                    case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                        tokens.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                        break;
                    default:
                        il.ReadInt32();
                        break;
                }
            }
            return tokens;
        }

        private ImmutableArray<string> Of(EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => [NameOf((TypeDefinitionHandle)handle)],
            HandleKind.TypeReference => GetTypeFromReference(metadata, (TypeReferenceHandle)handle, 0),
            HandleKind.TypeSpecification => metadata.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null),
            HandleKind.MethodDefinition => OfMethod(metadata.GetMethodDefinition((MethodDefinitionHandle)handle)),
            HandleKind.FieldDefinition => OfField(metadata.GetFieldDefinition((FieldDefinitionHandle)handle)),
            HandleKind.MemberReference => OfMember(metadata.GetMemberReference((MemberReferenceHandle)handle)),
            HandleKind.MethodSpecification => OfMethodSpecification(metadata.GetMethodSpecification((MethodSpecificationHandle)handle)),
            _ => [],
        };

        private ImmutableArray<string> OfMethod(MethodDefinition method) =>
            [NameOf(method.GetDeclaringType()), .. Of(method.DecodeSignature(this, null))];

        private ImmutableArray<string> OfField(FieldDefinition field) =>
            [NameOf(field.GetDeclaringType()), .. field.DecodeSignature(this, null)];

        private ImmutableArray<string> OfMember(MemberReference member)
        {
            ImmutableArray<string> parent = member.Parent.Kind == HandleKind.ModuleReference ? [] : Of((EntityHandle)member.Parent);
            return member.GetKind() == MemberReferenceKind.Field
                ? [.. parent, .. member.DecodeFieldSignature(this, null)]
                : [.. parent, .. Of(member.DecodeMethodSignature(this, null))];
        }

        private ImmutableArray<string> OfMethodSpecification(MethodSpecification specification) =>
            [.. Of(specification.Method), .. specification.DecodeSignature(this, null).SelectMany(a => a)];

        private static ImmutableArray<string> Of(MethodSignature<ImmutableArray<string>> signature) =>
            [.. signature.ReturnType, .. signature.ParameterTypes.SelectMany(p => p)];

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => [NameOf(handle)];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeReference(handle);
            return [$"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}"];
        }

        public ImmutableArray<string> GetTypeFromSpecification(MetadataReader reader, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
            Of(handle);

        public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments) =>
            [.. genericType, .. typeArguments.SelectMany(a => a)];

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) => Of(signature);
        public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType;
        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => [];
        public ImmutableArray<string> GetGenericMethodParameter(object? context, int index) => [];
        public ImmutableArray<string> GetGenericTypeParameter(object? context, int index) => [];
        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;
        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;
        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;
        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;
        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;
    }
}
