import { tagSet, vaultSecret } from 'types.bicep'

// The Key Vault (RBAC mode, no access policies) holding JobForge's secrets. The apps read them through Key Vault
// references resolved with the managed identity (Key Vault Secrets User on this vault only). Secret values come from
// secure parameters and are never output; with writeSecretValues off the template leaves existing values alone.

@description('Vault name (3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags tagSet

@description('The secrets JobForge reads (names only).')
param secrets vaultSecret[]

@description('Secret name to value. Names missing here are written empty. Never output.')
@secure()
param secretValues {
  *: string
}

@description('Write the secret values on this deployment; off keeps values set by hand (az keyvault secret set) or by an earlier run.')
param writeSecretValues bool

@description('Keep deleted secrets recoverable and the vault unpurgeable for this many days.')
@minValue(7)
@maxValue(90)
param softDeleteRetentionDays int = 90

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionDays
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource values 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [
  for secret in secrets: if (writeSecretValues) {
    parent: vault
    name: secret.name
    properties: {
      value: secretValues[?secret.name] ?? ''
      contentType: 'text/plain'
    }
  }
]

@description('Resource id of the vault.')
output id string = vault.id

@description('Vault name.')
output name string = vault.name
