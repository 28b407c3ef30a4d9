/** DynamoDB's attribute values and items, with their validation and binary encoding. */
package io.atrest.engine.table.item;
