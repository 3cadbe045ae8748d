import { Controller, Get, HttpCode, HttpStatus, NotFoundException, Param, Post, Body } from '@nestjs/common';

interface Order { id: string; total: number }

@Controller('orders')
export class OrdersController {
  private readonly orders = new Map<string, Order>();

  @Get(':id')
  find(@Param('id') id: string): Order {
    const order = this.orders.get(id);
    if (!order) throw new NotFoundException(`Order ${id} not found`);
    return order;
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  create(@Body() order: Order): Order {
    this.orders.set(order.id, order);
    return order;
  }

  @Post(':id/cancel')
  @HttpCode(204)
  cancel(@Param('id') id: string): void {
    this.orders.delete(id);
  }
}
