import { tagSet } from 'types.bicep'

// The one user-assigned managed identity JobForge runs as: storage, Service Bus, Key Vault references and deployment
// storage all authenticate with it, so there are no keys to rotate.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags tagSet

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output id string = identity.id

@description('Client id of the identity (for AzureWebJobsStorage__clientId and DefaultAzureCredential).')
output clientId string = identity.properties.clientId

@description('Principal (object) id of the identity, for role assignments.')
output principalId string = identity.properties.principalId
